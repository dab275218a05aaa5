// Talking to the server: every answer is JSON, every error {"error": {"code", "message"}}.

/** An answer that was not a success, with the API's own message when it gave one. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
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
  const body = parsed(text);
  if (!response.ok) throw errorFrom(response.status, body, text);
  if (body === null) throw new ApiError(response.status, 'bad_answer', 'the server sent an answer that is not JSON');
  return body;
}

/**
 * Checks that a file URL answers before the browser goes there, so that an error (a file gone since indexing, a
 * busy server) shows the API's message on the page instead of a tab or a download of JSON. Only the status is
 * read: the body is cancelled at once.
 */
export async function checkAvailable(path) {
  const controller = new AbortController();
  const response = await send(path, controller.signal);
  if (response.ok) {
    controller.abort();
    return;
  }
  const text = await response.text();
  throw errorFrom(response.status, parsed(text), text);
}

function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function send(path, signal) {
  try {
    return await fetch(path, {signal});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'the server did not answer: check that it is running and reload the page');
  }
}

function errorFrom(status, body, text) {
  // Every answer of the API's own is {"error": {"code", "message"}}; anything else came from somewhere in between.
  const error = body?.error;
  if (error) return new ApiError(status, error.code, error.message);
  if (status === 503) {
    return new ApiError(status, 'unavailable', 'the server cannot answer right now; try again in a moment');
  }
  return new ApiError(status, 'error', `the server answered ${status}${text ? ': ' + text.slice(0, 200) : ''}`);
}

/** Path segments are encoded, so a name such as "CIVICUS: World Alliance" or an id cannot change the route. */
export function path(...segments) {
  return segments.map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');
}
