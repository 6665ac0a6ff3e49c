/**
 * A small seeded pseudo-random generator for the sample dataset and for tests.
 *
 * The stream is sfc32 (Chris Doty-Humphrey's Small Fast Counter, PractRand-clean, period ≥ 2^32)
 * seeded through splitmix32. It uses only 32-bit integer operations (`Math.imul`, `>>>`), so the
 * same seed gives the same integers in every JavaScript engine.
 *
 * Normal deviates use Marsaglia's polar method, which needs a logarithm and a square root but
 * no sine or cosine. ECMAScript specifies `Math.sqrt` exactly (correctly rounded) but lets
 * engines approximate `Math.log`, so `log` below is written with `+ − × ÷` only (also correctly
 * rounded): the normals, and every ordinal cut made from them, are bit-identical across
 * V8, SpiderMonkey and JavaScriptCore.
 */

const TWO_POW_32 = 4294967296;
const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/**
 * Natural logarithm from basic arithmetic only, accurate to about 1e-15 relative.
 * x = m·2^e with m in [√½, √2); ln m = 2·atanh(t), t = (m − 1)/(m + 1), |t| ≤ 0.172, so 12 terms
 * of the odd series reach double precision. Halving and doubling are exact.
 */
export function deterministicLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let m = x;
  let e = 0;
  while (m >= 1024) { m /= 1024; e += 10; }
  while (m < 1 / 1024) { m *= 1024; e -= 10; }
  while (m >= SQRT2) { m /= 2; e += 1; }
  while (m < SQRT2 / 2) { m *= 2; e -= 1; }
  const t = (m - 1) / (m + 1);
  const t2 = t * t;
  // Horner form of t·(1 + t²/3 + t⁴/5 + … + t²²/23).
  let sum = 1 / 23;
  for (let k = 21; k >= 1; k -= 2) sum = sum * t2 + 1 / k;
  return e * LN2 + 2 * t * sum;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A seeded random stream. Not for cryptography. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Second deviate of the last polar pair, returned by the next `normal()` call. */
  private spareNormal = NaN;

  /**
   * @param seed  any finite number; its integer part (low and high 32 bits) selects the stream.
   * @param stream  an independent sub-stream of the same seed, so that one part of a generator
   *   can change without shifting the numbers of another part.
   */
  constructor(seed: number, stream = 0) {
    const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
    const low = whole >>> 0;
    const high = Math.floor(whole / TWO_POW_32) >>> 0;
    const mix = splitmix32(low ^ Math.imul(high, 0x27d4eb2d) ^ Math.imul(stream >>> 0, 0x165667b1));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = 1;
    // The first outputs of sfc32 are weak until the state is mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  uniform(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Normal deviate (Marsaglia polar method). */
  normal(mean = 0, sd = 1): number {
    if (!Number.isNaN(this.spareNormal)) {
      const z = this.spareNormal;
      this.spareNormal = NaN;
      return mean + sd * z;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * deterministicLog(s)) / s);
    this.spareNormal = v * f;
    return mean + sd * u * f;
  }

  /** Integer uniform on [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    const a = Math.ceil(lo);
    const b = Math.floor(hi);
    if (b < a) throw new RangeError(`int(lo, hi): empty range [${lo}, ${hi}]`);
    return a + Math.floor(this.uniform() * (b - a + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** One element chosen uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick(items): items is empty');
    return items[Math.floor(this.uniform() * items.length)] as T;
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.uniform() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }
}

/** A seeded random stream; see {@link Random}. */
export function createRandom(seed: number, stream = 0): Random {
  return new Random(seed, stream);
}
