/**
 * What the stand-in runs inside a window's page. Electron runs a window's preload in an isolated
 * world: it shares the DOM with the page but none of its JavaScript, and reaches the page only
 * through `contextBridge.exposeInMainWorld`. Here the built preload runs in a Chromium isolated
 * world made over CDP (Page.addScriptToEvaluateOnNewDocument with a worldName), reaches the main
 * process through a CDP binding that exists only in that world, and its exposed API is copied
 * into the page's world over synchronous DOM events (the one channel the two worlds share), so
 * that the page sees what the preload exposes and nothing else.
 *
 * The functions are sent to the page as source text: they use nothing from outside themselves
 * but what they are given.
 */

/** Bytes as base64 and back; sent to both worlds with them. */
export function base64() {
  return {
    toB64(bytes: Uint8Array) {
      let s = '';
      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
      return btoa(s);
    },
    fromB64: (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
  };
}

/** Runs first in the isolated world: Electron's renderer modules, then the preload through a sandboxed `require`. */
export function isolatedWorld(
  base64: () => { toB64(bytes: Uint8Array): string; fromB64(text: string): Uint8Array },
  bindingName: string,
  runPreload: (require: (name: string) => unknown, module: { exports: unknown }, exports: unknown) => void,
): void {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const g = globalThis as unknown as Record<string, unknown>;
  const post = g[bindingName] as (text: string) => void;
  const { toB64, fromB64 } = base64();
  const fns = new Map<number, (...args: unknown[]) => unknown>();
  let nextFn = 1;
  /** A value on its way out of this world: functions stay here and travel as ids, bytes as base64. */
  const out = (v: unknown): unknown => {
    if (typeof v === 'function') {
      fns.set(nextFn, v as (...args: unknown[]) => unknown);
      return { __fn: nextFn++ };
    }
    if (v instanceof Uint8Array) return { __u8: toB64(v) };
    if (Array.isArray(v)) return v.map(out);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, out(x)]));
    return v;
  };
  const fire = (type: string, detail: unknown) =>
    document.dispatchEvent(new CustomEvent(type, { detail: JSON.stringify(detail) }));
  const files = () => (document.getElementById('__standin-files') as HTMLInputElement | null)?.files ?? null;
  /** A value coming in (from the page, or from the main process). */
  const inn = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(inn);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if (typeof o.__fn === 'number')
      return (...args: unknown[]) => fire('standin:callback', { fn: o.__fn, args: out(args) });
    if (typeof o.__u8 === 'string') return fromB64(o.__u8);
    if (typeof o.__file === 'number') return files()?.[o.__file] ?? null;
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, inn(x)]));
  };

  // ipcRenderer: invoke/send go to the main process over the binding; replies and events come back by __standinDeliver.
  let nextCall = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners = new Map<string, Listener[]>();
  const dropPaths = new Map<string, string>();
  const fileKey = (f: File) => `${f.name}\u0000${f.size}`;
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]) {
      return new Promise((resolve, reject) => {
        const id = nextCall++;
        pending.set(id, { resolve, reject });
        post(JSON.stringify({ t: 'invoke', id, channel, args: out(args) }));
      });
    },
    send(channel: string, ...args: unknown[]) {
      post(JSON.stringify({ t: 'send', channel, args: out(args) }));
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
      return ipcRenderer;
    },
  };
  g.__standinDeliver = (text: string) => {
    const m = JSON.parse(text) as Record<string, unknown>;
    if (m.t === 'reply') {
      const p = pending.get(m.id as number);
      pending.delete(m.id as number);
      if (m.ok) p?.resolve(inn(m.value));
      else p?.reject(new Error(m.message as string));
    } else if (m.t === 'event') {
      for (const l of listeners.get(m.channel as string) ?? [])
        l({ sender: ipcRenderer }, ...(inn(m.args) as unknown[]));
    } else if (m.t === 'drop') dropPaths.set(m.key as string, m.path as string);
  };
  const webUtils = { getPathForFile: (file: File) => dropPaths.get(fileKey(file)) ?? '' };

  // contextBridge: what is exposed is copied to the page's world; its functions are called back here.
  const exposed: Record<string, unknown> = {};
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in exposed) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      exposed[key] = out(api);
      fire('standin:expose', { key, value: exposed[key] });
    },
  };
  document.addEventListener('standin:hello', () => {
    for (const [key, value] of Object.entries(exposed)) fire('standin:expose', { key, value });
  });
  document.addEventListener('standin:call', (e) => {
    const { call, fn, args } = JSON.parse((e as CustomEvent<string>).detail);
    const reply = (body: object) => fire('standin:reply', { call, ...body });
    let result: unknown;
    try {
      result = fns.get(fn)!(...(inn(args) as unknown[]));
    } catch (err) {
      reply({ threw: (err as Error).message });
      return;
    }
    if (!(result instanceof Promise)) return reply({ value: out(result) });
    reply({ promise: true });
    result.then(
      (v) => reply({ resolved: out(v) }),
      (err: Error) => reply({ rejected: err.message }),
    );
  });

  // A sandboxed preload's require knows `electron` and nothing else from the stand-in (Electron also
  // offers events, timers and url; SegmentDesk's preload needs none of them).
  const electron = { contextBridge, ipcRenderer, webUtils };
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  post(JSON.stringify({ t: 'hello', dropKey: 'name+size' }));
  try {
    const module = { exports: {} };
    runPreload(sandboxRequire, module, module.exports);
    post(JSON.stringify({ t: 'preload-ran' }));
  } catch (err) {
    post(JSON.stringify({ t: 'preload-error', message: String((err as Error).stack ?? err) }));
  }
}

/** Runs first in the page's own world: receives what the preload exposes and forwards calls to it. */
export function mainWorld(base64: () => { toB64(bytes: Uint8Array): string; fromB64(text: string): Uint8Array }): void {
  const fire = (type: string, detail: unknown) =>
    document.dispatchEvent(new CustomEvent(type, { detail: JSON.stringify(detail) }));
  const { toB64, fromB64 } = base64();
  const callbacks = new Map<number, (...args: unknown[]) => unknown>();
  let nextFn = 1;
  let nextCall = 1;
  const replies = new Map<number, Record<string, unknown>>();
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  /** A File crosses worlds on a shared DOM element: both worlds see the same underlying object. */
  const fileSlot = (file: File): number => {
    let input = document.getElementById('__standin-files') as HTMLInputElement | null;
    if (!input) {
      input = Object.assign(document.createElement('input'), { type: 'file', id: '__standin-files', hidden: true });
      document.documentElement.append(input);
    }
    const dt = new DataTransfer();
    for (const f of input.files ?? []) dt.items.add(f);
    dt.items.add(file);
    input.files = dt.files;
    return dt.files.length - 1;
  };
  const out = (v: unknown): unknown => {
    if (typeof v === 'function') {
      callbacks.set(nextFn, v as (...args: unknown[]) => unknown);
      return { __fn: nextFn++ };
    }
    if (v instanceof File) return { __file: fileSlot(v) };
    if (v instanceof Uint8Array) return { __u8: toB64(v) };
    if (Array.isArray(v)) return v.map(out);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, out(x)]));
    return v;
  };
  const call = (fn: number, args: unknown[]): unknown => {
    const id = nextCall++;
    fire('standin:call', { call: id, fn, args: out(args) });
    const r = replies.get(id);
    replies.delete(id);
    if (!r) throw new Error('The preload world did not answer');
    if (typeof r.threw === 'string') throw new Error(r.threw);
    if (r.promise) return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    return inn(r.value);
  };
  const inn = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(inn);
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if (typeof o.__fn === 'number') {
      const id = o.__fn;
      return (...args: unknown[]) => call(id, args);
    }
    if (typeof o.__u8 === 'string') return fromB64(o.__u8);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, inn(x)]));
  };
  document.addEventListener('standin:reply', (e) => {
    const r = JSON.parse((e as CustomEvent<string>).detail) as Record<string, unknown>;
    const w = waiting.get(r.call as number);
    if (!w) return void replies.set(r.call as number, r);
    waiting.delete(r.call as number);
    if ('rejected' in r) w.reject(new Error(r.rejected as string));
    else w.resolve(inn(r.resolved));
  });
  document.addEventListener('standin:callback', (e) => {
    const { fn, args } = JSON.parse((e as CustomEvent<string>).detail);
    callbacks.get(fn)?.(...(inn(args) as unknown[]));
  });
  document.addEventListener('standin:expose', (e) => {
    const { key, value } = JSON.parse((e as CustomEvent<string>).detail);
    if (!(key in window)) Object.defineProperty(window, key, { value: inn(value), enumerable: true });
  });
  fire('standin:hello', {});
}
