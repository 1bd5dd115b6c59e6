// A route table for the service, replacing the chain of ifs in server.js.
//
// Each route declares the query parameters it needs and how to read them, so validation happens in one
// place and every handler receives clean values. A bad request gets a 400 that names the parameter.

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Parameter readers: each takes the raw string (or null when absent) and returns a value or throws. */
export const param = {
  requiredString(name) {
    return (raw) => {
      if (raw === null || raw.trim() === '') throw new HttpError(400, `${name} is required`);
      return raw.trim();
    };
  },
  optionalString(name, fallback) {
    return (raw) => (raw === null || raw.trim() === '' ? fallback : raw.trim());
  },
  number(name) {
    return (raw) => {
      if (raw === null || raw.trim() === '') throw new HttpError(400, `${name} is required`);
      const value = Number(raw);
      if (!Number.isFinite(value)) throw new HttpError(400, `${name} must be a number, got "${raw}"`);
      return value;
    };
  },
  oneOf(name, allowed, fallback) {
    return (raw) => {
      if (raw === null || raw === '') return fallback;
      return allowed.includes(raw) ? raw : fallback;
    };
  },
};

export function createRouter() {
  const routes = new Map();

  return {
    /**
     * Register a GET route.
     * @param {string} pathname e.g. '/greet'
     * @param {Record<string, (raw: string|null) => unknown>} params readers from `param`
     * @param {(values: object) => string} handler returns the plain-text body
     */
    get(pathname, params, handler) {
      if (routes.has(pathname)) throw new Error(`route ${pathname} is registered twice`);
      routes.set(pathname, { params, handler });
      return this;
    },

    /** Answer one request URL: always { status, body }, never throws. */
    handle(method, url) {
      const { pathname, searchParams } = new URL(url, 'http://localhost');
      const route = routes.get(pathname);
      if (!route) return { status: 404, body: 'not found' };
      if (method !== 'GET' && method !== 'HEAD') return { status: 405, body: `${method} is not allowed on ${pathname}` };
      try {
        const values = {};
        for (const [name, read] of Object.entries(route.params)) values[name] = read(searchParams.get(name));
        return { status: 200, body: route.handler(values) };
      } catch (err) {
        if (err instanceof HttpError) return { status: err.status, body: err.message };
        return { status: 500, body: 'internal error' };
      }
    },

    /** The registered paths, for a /routes page and for tests. */
    paths() {
      return [...routes.keys()].sort();
    },
  };
}

/** The service's routes, wired to the functions in greet.js and math.js. */
export function serviceRoutes({ greet, languages, add, store }) {
  return createRouter()
    .get('/greet', { name: param.requiredString('name'), lang: param.oneOf('lang', languages(), 'en') }, ({ name, lang }) => {
      store?.increment(lang);
      return greet(name, lang);
    })
    .get('/languages', {}, () => languages().join(', '))
    .get('/add', { a: param.number('a'), b: param.number('b') }, ({ a, b }) => String(add(a, b)))
    .get('/stats', {}, () =>
      (store?.top() ?? []).map(([lang, count]) => `${lang} ${count}`).join('\n') || 'no greetings yet',
    );
}
