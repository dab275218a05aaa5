// Talking to the server: every answer is JSON, every error {"error": {"code", "message"}}.

/** An answer that was not a success, with the API's own message when it gave one. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** True when the server has no such route at all (an endpoint this server version does not have yet). */
  get routeMissing() {
    return this.status === 404 && (this.code === 'not_found' && /no such route/i.test(this.message));
  }

  /** True when the server says it cannot answer now: too busy, or no index it can trust. */
  get unavailable() {
    return this.status === 503;
  }

  /** True when the server turned the request away because too many were waiting; a retry soon will do. */
  get overloaded() {
    return this.status === 503 && this.code === 'overloaded';
  }
}

/** GET a JSON answer; throws ApiError for an error status, or for a network failure (status 0). */
export async function getJson(path, {signal} = {}) {
  const response = await send(path, signal);
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) throw errorFrom(response.status, body, text);
  if (body === null && text) throw new ApiError(response.status, 'bad_answer', 'the server sent an answer that is not JSON');
  return body;
}

/** GET an answer that may be JSON or plain text; gives {json} or {text}. */
export async function getJsonOrText(path, {signal} = {}) {
  const response = await send(path, signal);
  const text = await response.text();
  const isJson = (response.headers.get('Content-Type') || '').includes('json');
  let body = null;
  if (isJson) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) throw errorFrom(response.status, body, text);
  return isJson && body !== null ? {json: body} : {text};
}

/**
 * Checks that a download URL answers before the browser goes there, so that a missing endpoint gives a message
 * on the page instead of a file of JSON. Only the status is read: the body is cancelled at once.
 */
export async function checkAvailable(path) {
  const controller = new AbortController();
  const response = await send(path, controller.signal);
  if (response.ok) {
    controller.abort();
    return;
  }
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  throw errorFrom(response.status, body, text);
}

async function send(path, signal) {
  try {
    // No "Accept: application/json": with it, Javalin answers an unknown route in its own problem format.
    return await fetch(path, {signal});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'the server did not answer: check that it is running and reload the page');
  }
}

function errorFrom(status, body, text) {
  const error = body && typeof body === 'object' ? body.error : null;
  if (error && typeof error === 'object') {
    return new ApiError(status, String(error.code || 'error'), String(error.message || `the server answered ${status}`));
  }
  if (status === 404 && body && /endpointnotfound/i.test(String(body.type || ''))) {
    // Javalin's own answer for an unknown route (RFC 9457 problem details)
    return new ApiError(status, 'not_found', `no such route: ${body.title || ''}`);
  }
  if (status === 503) {
    return new ApiError(status, 'unavailable', 'the server cannot answer right now; try again in a moment');
  }
  return new ApiError(status, 'error', `the server answered ${status}${text ? ': ' + text.slice(0, 200) : ''}`);
}

/** Path segments are encoded, so a name such as "CIVICUS: World Alliance" or an id cannot change the route. */
export function path(...segments) {
  return segments.map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');
}
