# How expected-actions/*.csv were curated (for the record): run on pdftotext output of the three reports
# (pdftotext FILE.pdf /tmp/act/s14r.txt etc.), independent of the extractor under test.
import csv, re, unicodedata, sys, collections, os
# Paths relative to the repository root (run it from there).
SHEET='../shared/corpus/metadata/hrc-resolutions/unhrc_resolutions.data-sheet.csv'
STATES='corpus/src/main/resources/org/hrcsearch/corpus/vocab/states.tsv'
def key(n):
    n=unicodedata.normalize('NFKD',n); n=''.join(c for c in n if not unicodedata.combining(c)).lower()
    n=n.replace('&',' and '); n=re.sub("['\u2018\u2019`]","",n); n=re.sub(r'[^\w]+',' ',n).strip()
    return n[4:] if n.startswith('the ') else n
canon={}
for line in open(STATES,encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    c=line.rstrip('\n').split('\t')
    names=[c[0]]+([a.strip() for a in c[2].split('|')] if len(c)>2 and c[2].strip() else [])
    for n in names: canon[key(n)]=c[0]
reports={'A/HRC/14/37':'/tmp/act/s14r.txt','A/HRC/28/2':'/tmp/act/s28r.txt','A/HRC/43/2':'/tmp/act/s43r.txt'}
sessions={'A/HRC/14/37':'14','A/HRC/28/2':'28','A/HRC/43/2':'43'}
# 1. the independent index of resolutions
sheet={}
for r in csv.DictReader(open(SHEET,encoding='utf-8')):
    t=r['Adopted text'].strip().replace('A/HRC/RES/','')
    m=re.match(r'^(14|28|43)/(\d+)$',t)
    if not m: continue
    a=' '.join(r['Action taken'].split())
    if 'without a vote' in a: sheet[t]=('adopted_without_vote','')
    else:
        v=re.search(r'(\d+) to (\d+), with (\d+) abstention',a) or re.search(r'(\d+) in favour, (\d+) against, (\d+) abstention',a)
        sheet[t]=('adopted_by_vote','%s-%s-%s'%v.groups())
# 2. the reports, as pdftotext reads them
def flat(path):
    t=open(path,encoding='utf-8').read()
    t=re.sub(r'\f',' ',t)
    return ' '.join(t.split())
actions=[]; positions=[]; notes=[]
for rep,path in reports.items():
    s=sessions[rep]; text=flat(path)
    # Part One list: every adopted text's number (resolutions from the sheet; decisions and PRSTs read here)
    body=text[text.find('Summary of proceedings', text.find('Part Two', 3000))-0:] if rep!='A/HRC/14/37' else text[text.find('Part Two',5000):]
    # every outcome the report tells: a resulting number in the adoption sentence
    intro=[(m.start(),m.group(1),re.sub(r'\s','',m.group(2))) for m in re.finditer(r'introduced,? (?:the )?draft (resolution|decision|President.s statement) (A/HRC/\d+/L\.\d+(?:/Rev\.\d)?)',body)]
    res=[(m.start(),m.group(1).lower()[:3],m.group(2)) for m in re.finditer(r'(?:\(|see part one, chapter [IV]+, |adopted,? (?:without a vote, )?(?:draft )?)(resolution|decision|President.s statement|PRST/?)\s?(%s/\d+)'%s,body)]
    seen=set()
    for pos,kind,num in res:
        series={'res':'RES','dec':'DEC','pre':'PRST','prs':'PRST'}[kind]
        sym='A/HRC/%s/%s'%(series,num)
        if sym in seen: continue
        seen.add(sym)
        prev=[i for i in intro if i[0]<pos]
        draft=''
        if prev:
            d=prev[-1]
            # the draft introduced last, unless a numbered text (UPR outcome) was adopted after it
            between=body[d[0]:pos]
            if not re.search(r'adopted,? (?:without a vote, )?(?:draft )?decision %s/\d+'%s, between[:-1]) and pos-d[0]<20000:
                draft=d[2]
        if series=='RES':
            out,tally=sheet.get(num,('?','?'))
        else:
            out,tally='adopted_without_vote',''
        actions.append([rep,draft,out,tally,sym])
print(len(actions))
w=csv.writer(open('/tmp/act/cur/actions.csv','w',newline=''),lineterminator='\n')
w.writerow(['report','draft','outcome','tally','resulting'])
for a in actions: w.writerow(a)

# 3. corrections read in the reports by hand, where the rules above or the index disagree with the report
fix={
 ('A/HRC/14/37','A/HRC/DEC/14/117'):dict(draft='',note='no draft symbol: the President circulated a draft decision (paras 196-197)'),
 ('A/HRC/14/37','A/HRC/RES/14/3'):dict(tally='31-14-1',note='the index says 31-14-3; the report prints 31-14-1 in para 152 and in Part One, and lists one abstention (India)'),
 ('A/HRC/43/2','A/HRC/DEC/43/117'):dict(outcome='adopted_by_vote',tally='31-12-4',note='a decision adopted by a recorded vote (para 365)'),
}
acts={}
for a in actions: acts[(a[0],a[4])]=a
if ('A/HRC/28/2','A/HRC/PRST/28/3') not in acts:
    # "(PRST 28/3)" is printed with a space, para 1065
    a=['A/HRC/28/2','A/HRC/28/L.37','adopted_without_vote','','A/HRC/PRST/28/3']; actions.append(a); acts[(a[0],a[4])]=a
notes={}
for k,v in fix.items():
    a=acts[k]
    if 'draft' in v: a[1]=v['draft']
    if 'outcome' in v: a[2]=v['outcome']
    if 'tally' in v: a[3]=v['tally']
    notes[k]=v['note']
w=csv.writer(open('/tmp/act/cur/actions.csv','w',newline=''),lineterminator='\n')
w.writerow(['report','draft','outcome','tally','resulting','note'])
for a in actions: w.writerow(a+[notes.get((a[0],a[4]),'')])

# 4. State positions of every recorded vote on a proposal, read from the lists before or after its outcome
def names(lst):
    lst=re.sub(r'A/HRC/\d+/\d+|GE\.\d\d-\d+|\(E\)','',lst)
    out=[];bad=[]
    for it in re.split(r',\s*',lst.strip().rstrip('.')):
        it=re.sub(r'(?<=[a-z)])\d+$','',it.strip()).strip()
        it=re.sub(r'^\d+\s+','',it)
        # page furniture (a page number) inside a name, or a footnote after the last name
        it=re.sub(r'\s+\d+(?=\s)',' ',it+' ').strip()
        it=re.split(r'\s\d+\s|\s\d+$',' '+it+' ')[0].strip() if re.search(r'\s\d+\s',' '+it+' ') else it
        if key(it) not in canon:
            words=it.split()
            for n in range(len(words)-1,0,-1):
                if key(' '.join(words[:n])) in canon: it=' '.join(words[:n]); break
        if not it: continue
        k=key(it)
        if k in canon: out.append(canon[k])
        else: bad.append(it)
    return out,bad
posrows=[]
for a in actions:
    rep,draft,out,tally,sym=a
    if out!='adopted_by_vote': continue
    text=flat(reports[rep]); body=text[text.find('Part Two',5000):]
    num=sym.split('/',3)[3]
    kind={'RES':'resolution','DEC':'decision','PRST':'PRST'}[sym.split('/')[2]]
    m=re.search(r'(?:\(|chapter [IV]+, )%s %s\)?'%(kind,re.escape(num)),body)
    # the recorded vote on the draft closest before the outcome (sessions 28, 43) or just before it (session 14)
    vs=[v for v in re.finditer(r'recorded vote(?:\s+\S+){0,6}?\s+was taken on (?:the )?draft',body) if v.start()<m.start()]
    v=vs[-1]
    seg=body[v.start():]
    f=seg.find('The voting was as follows:')
    seg=seg[f+len('The voting was as follows:'):]
    end=re.search(r'\s\d{1,4}\.\s+(?:[A-Z])',seg)
    seg=seg[:end.start()] if end else seg
    parts=re.split(r'(In favour:|Against:|Abstaining:)',seg)
    lists={}
    for i in range(1,len(parts),2):
        lists[parts[i][:-1]]=names(parts[i+1])
    counts='-'.join(str(len(lists.get(k,([],[]))[0])) for k in ('In favour','Against','Abstaining'))
    bad=sum((lists[k][1] for k in lists),[])
    print(sym,draft,tally,counts,'OK' if counts==tally else 'MISMATCH',bad)
    for k,pos in (('In favour','in_favour'),('Against','against'),('Abstaining','abstaining')):
        for st in lists.get(k,([],[]))[0]:
            posrows.append([rep,draft,st,pos])
w=csv.writer(open('/tmp/act/cur/positions.csv','w',newline=''),lineterminator='\n')
w.writerow(['report','draft','state','position'])
for r in posrows: w.writerow(r)
print(len(posrows))
