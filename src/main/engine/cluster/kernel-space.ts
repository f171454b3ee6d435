import kernelsBase64 from './kernels.wat';
import type { Points } from './points';

/** The exports of kernels.wat; every address is a byte offset into the space's memory. */
export interface KernelExports {
  trials(
    x: number,
    from: number,
    to: number,
    bytes: number,
    closest: number,
    probes: number,
    count: number,
    totals: number,
    scratch: number,
  ): void;
  closer(
    x: number,
    from: number,
    to: number,
    bytes: number,
    probe: number,
    c: number,
    closest: number,
    nearest: number,
    scratch: number,
  ): number;
  nearest(
    x: number,
    from: number,
    to: number,
    bytes: number,
    centers: number,
    k: number,
    drift: number,
    driftMax: number,
    labels: number,
    upper: number,
    lower: number,
    sums: number,
    counts: number,
    scratch: number,
  ): number;
  inertia(x: number, from: number, to: number, bytes: number, centers: number, labels: number, scratch: number): number;
  moments(x: number, from: number, to: number, bytes: number, mean: number, square: number, out: number): void;
}
export type KernelName = keyof KernelExports;

let compiled: WebAssembly.Module | null | undefined;

/** The compiled kernels (once per thread); null where WebAssembly SIMD or shared memory is missing. */
export function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(kernelsBase64, 'base64'));
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** The kernels bound to a memory (in this thread). */
export const kernelsIn = (memory: WebAssembly.Memory): KernelExports =>
  new WebAssembly.Instance(kernelModule()!, { env: { memory } }).exports as unknown as KernelExports;

/** Where each array lives in a space's memory (byte offsets). Per-thread areas come in pairs: [this thread, the helper]. */
export interface SpaceLayout {
  n: number;
  d: number;
  /** The largest k (and number of k-means++ candidates) the space has room for. */
  kMax: number;
  x: number;
  centers: number;
  probes: number;
  drift: number;
  scratch: [number, number];
  totals: [number, number];
  sums: [number, number];
  counts: [number, number];
  labels: number;
  nearest: number;
  upper: number;
  lower: number;
  closest: number;
  bytes: number;
}

const PAGE = 65536;
/** WebAssembly (32-bit) memories end at 4 GiB. */
const MAX_BYTES = 65536 * PAGE;

export function spaceLayout(n: number, d: number, kMax: number): SpaceLayout {
  let at = 0;
  // Every array starts on its own 128 bytes (a pair of cache lines), so the two threads' areas
  // never share a line (which would make each thread's writes stall the other's).
  const take = (bytes: number) => {
    const start = at;
    at += Math.ceil(bytes / 128) * 128;
    return start;
  };
  const row = d * 8;
  const x = take(n * row);
  const centers = take(kMax * row);
  const probes = take(kMax * row);
  const drift = take(kMax * 8);
  const pair = (bytes: number): [number, number] => [take(bytes), take(bytes)];
  const scratch = pair(kMax * 8);
  const totals = pair(kMax * 8);
  const sums = pair(kMax * row);
  const counts = pair(kMax * 8);
  const labels = take(n * 4);
  const nearest = take(n * 4);
  const upper = take(n * 8);
  const lower = take(n * 8);
  const closest = take(n * 8);
  return {
    n,
    d,
    kMax,
    x,
    centers,
    probes,
    drift,
    scratch,
    totals,
    sums,
    counts,
    labels,
    nearest,
    upper,
    lower,
    closest,
    bytes: at,
  };
}

/** This thread's kernel memory, kept between k-means calls until released. */
let held: WebAssembly.Memory | null = null;

/** Lets this thread's kernel memory go (the worker does so between jobs, so a large clustering does not hold its memory). */
export function releaseKernelMemory(): void {
  held = null;
}

/**
 * The points copied into a shared WebAssembly memory with room for the per-row state of a
 * k-means fit, so the SIMD kernels (kernels.wat) and the JavaScript passes work on the same
 * arrays, and the kernel helper thread on the same memory.
 */
export class KernelSpace {
  readonly points: Points;
  readonly kernels: KernelExports;
  readonly labels: Int32Array;
  readonly nearest: Int32Array;
  readonly upper: Float64Array;
  readonly lower: Float64Array;
  readonly closest: Float64Array;

  private constructor(
    readonly memory: WebAssembly.Memory,
    readonly layout: SpaceLayout,
  ) {
    const { n, d } = layout;
    const buffer = memory.buffer;
    this.points = { values: new Float64Array(buffer, layout.x, n * d), n, d };
    this.labels = new Int32Array(buffer, layout.labels, n);
    this.nearest = new Int32Array(buffer, layout.nearest, n);
    this.upper = new Float64Array(buffer, layout.upper, n);
    this.lower = new Float64Array(buffer, layout.lower, n);
    this.closest = new Float64Array(buffer, layout.closest, n);
    this.kernels = kernelsIn(memory);
  }

  /**
   * A space holding a copy of `points` for k up to `kMax`, in this thread's kernel memory (kept
   * between calls, grown when too small: a fresh memory would cost its page faults every time);
   * null when the kernels are unavailable or the points do not fit in 4 GiB. A new space takes
   * the memory over: the arrays of the one before are not to be read after.
   */
  static create(points: Points, kMax: number): KernelSpace | null {
    if (!kernelModule()) return null;
    const layout = spaceLayout(points.n, points.d, Math.max(kMax, 2 + Math.floor(Math.log(kMax))));
    if (layout.bytes > MAX_BYTES) return null;
    const pages = Math.max(1, Math.ceil(layout.bytes / PAGE));
    if (!held) held = new WebAssembly.Memory({ initial: pages, maximum: MAX_BYTES / PAGE, shared: true });
    const have = held.buffer.byteLength / PAGE;
    if (have < pages) held.grow(pages - have);
    const space = new KernelSpace(held, layout);
    space.points.values.set(points.values);
    return space;
  }

  /** A view of `count` doubles at `offset`. */
  doubles(offset: number, count: number): Float64Array {
    return new Float64Array(this.memory.buffer, offset, count);
  }
}

/** A kernel's arguments for the rows [from, to), using the per-thread areas of thread `half` (0: this one, 1: the helper). */
export type KernelArgs = (from: number, to: number, half: 0 | 1) => number[];

/** Calls a kernel of `kernels` with `args`; its result (0 for those that return nothing). */
export const callKernel = (kernels: KernelExports, name: KernelName, args: number[]): number =>
  (kernels[name] as (...a: number[]) => number | undefined)(...args) ?? 0;
