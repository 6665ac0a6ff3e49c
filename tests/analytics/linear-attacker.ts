/**
 * An exact linear attacker for disclosure tests: everything shown is a linear equation in the
 * unknown atoms (respondents of one unit's own rows in one period); a group is disclosed when
 * its indicator vector lies in the span of what the attacker learnt.
 */
export class LinearAttacker {
  private readonly basis: Float64Array[] = [];
  private readonly pivots: number[] = [];

  constructor(readonly size: number) {}

  /** Adds a known linear form; returns false when it was already implied. */
  learn(vector: Float64Array): boolean {
    const v = this.reduce(vector);
    let pivot = -1;
    for (let i = 0; i < this.size; i++) if (Math.abs(v[i]!) > 1e-9 && (pivot < 0 || Math.abs(v[i]!) > Math.abs(v[pivot]!))) pivot = i;
    if (pivot < 0) return false;
    const scale = v[pivot]!;
    for (let i = 0; i < this.size; i++) v[i]! /= scale;
    for (const row of this.basis) {
      const factor = row[pivot]!;
      if (factor !== 0) for (let i = 0; i < this.size; i++) row[i]! -= factor * v[i]!;
    }
    this.basis.push(v);
    this.pivots.push(pivot);
    return true;
  }

  knows(vector: Float64Array): boolean {
    return this.reduce(vector).every((x) => Math.abs(x) < 1e-9);
  }

  private reduce(vector: Float64Array): Float64Array {
    const v = Float64Array.from(vector);
    this.basis.forEach((row, r) => {
      const factor = v[this.pivots[r]!]!;
      if (factor !== 0) for (let i = 0; i < this.size; i++) v[i]! -= factor * row[i]!;
    });
    return v;
  }
}
