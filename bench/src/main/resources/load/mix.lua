-- wrk script of `hrc bench load`: sends the request paths listed in a file, one per line, given after `--`
-- (wrk ... -s mix.lua http://127.0.0.1:7201 -- paths.txt), each thread starting at its own place in the list,
-- and counts the answers by status. At the end it prints one line for the benchmark to read:
-- HRC-RESULT {"requests": ..., "p99_us": ..., "shed": ..., ...}

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local paths = {}
local next_path = 0

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read the paths file " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  assert(#paths > 0, "no paths in " .. args[1])
  next_path = (thread_id or 0) * 5
  ok, client_errors, shed, shed_without_retry_after, server_errors, other = 0, 0, 0, 0, 0, 0
end

function request()
  next_path = next_path + 1
  return wrk.format("GET", paths[(next_path % #paths) + 1])
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  elseif status == 503 then
    shed = shed + 1
    if headers["Retry-After"] == nil and headers["retry-after"] == nil then
      shed_without_retry_after = shed_without_retry_after + 1
    end
  elseif status >= 400 and status < 500 then
    client_errors = client_errors + 1
  elseif status >= 500 then
    server_errors = server_errors + 1
  else
    other = other + 1
  end
end

local counters = {"ok", "client_errors", "shed", "shed_without_retry_after", "server_errors", "other"}

function done(summary, latency, requests)
  local total = {}
  for _, name in ipairs(counters) do
    total[name] = 0
    for _, thread in ipairs(threads) do
      total[name] = total[name] + (thread:get(name) or 0)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'HRC-RESULT {"requests": %d, "duration_us": %d, "connect_errors": %d, "read_errors": %d, ' ..
    '"write_errors": %d, "timeouts": %d, "non_2xx": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "ok": %d, "client_errors": %d, "shed": %d, "shed_without_retry_after": %d, ' ..
    '"server_errors": %d, "other": %d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    total.ok, total.client_errors, total.shed, total.shed_without_retry_after, total.server_errors, total.other))
end
