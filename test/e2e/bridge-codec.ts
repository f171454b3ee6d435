/**
 * The host bridge carries JSON strings; Uint8Array values (Arrow IPC bytes) travel tagged as
 * base64 and come out as Uint8Array again, so the renderer sees what Electron IPC gives it.
 */
export function encodeForPage(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    if (raw instanceof Uint8Array)
      return { __u8: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    return v;
  });
}

export function decodeFromPage(text: string): unknown {
  return JSON.parse(text, (_key, v) =>
    v && typeof v === 'object' && typeof v.__u8 === 'string' ? new Uint8Array(Buffer.from(v.__u8, 'base64')) : v,
  );
}

/**
 * Runs in the page before any app script: installs window.api with the same shape the
 * preload exposes (invoke, on, dropFile), over the bindings the harness exposes.
 */
export function installBridge(): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const toBase64 = (bytes: Uint8Array) => {
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s);
  };
  const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const encode = (value: unknown) =>
    JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      return raw instanceof Uint8Array ? { __u8: toBase64(raw) } : v;
    });
  const decode = (text: string) =>
    JSON.parse(text, (_k, v) => (v && typeof v === 'object' && typeof v.__u8 === 'string' ? fromBase64(v.__u8) : v));
  const w = window as unknown as {
    api: unknown;
    __segdeskInvoke(name: string, input: string): Promise<string>;
    __segdeskDrop(name: string, base64: string): Promise<string>;
    __segdeskEmit: (event: string, payload: string) => void;
  };
  w.__segdeskEmit = (event, payload) => {
    const value = decode(payload);
    for (const l of listeners.get(event) ?? []) l(value);
  };
  w.api = Object.freeze({
    invoke: async (name: string, input: unknown) =>
      decode(await w.__segdeskInvoke(name, encode(input === undefined ? {} : input))),
    on: (event: string, listener: Listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
    // No path can be read from a File in a plain browser: the bytes go to the host, which saves them and imports that copy.
    dropFile: async (file: File) =>
      decode(await w.__segdeskDrop(file.name, toBase64(new Uint8Array(await file.arrayBuffer())))),
  });
}
