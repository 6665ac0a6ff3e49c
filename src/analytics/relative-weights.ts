/**
 * Key-driver analysis by Johnson's relative weights (DESIGN §4 "Key drivers").
 *
 * Johnson, J. W. (2000). A heuristic method for estimating the relative weight of predictor
 * variables in multiple regression. Multivariate Behavioral Research 35(1), 1–19.
 * Tonidandel & LeBreton (2011), J. Bus. Psychol. 26:1–9, give the same steps in matrix form.
 *
 * @module
 */

import type { NumericColumn } from './correlation.ts';

/** Why relative weights are NaN although enough units were given. */
export type RelativeWeightsReason = 'no-drivers' | 'constant-input' | 'collinear-drivers';

/** Options of {@link relativeWeights}. */
export interface RelativeWeightsOptions {
  /**
   * Minimum number of complete units. Default max(30, 10 × number of drivers), the usual
   * rule of thumb of ten observations per predictor (with a floor) for stable weights.
   */
  minN?: number;
}

/** Johnson's relative weights of each driver, beside its plain correlation with the outcome. */
export interface RelativeWeightsResult {
  /** R² of the OLS regression of the outcome on all drivers; equals the sum of `raw`. */
  rSquared: number;
  /** Raw relative weights, one per driver, in the order given; they sum to R². */
  raw: number[];
  /** Raw weights as percentages of R² (sum to 100). */
  rescaled: number[];
  /** Pearson's r of each driver with the outcome, on the same complete units. */
  correlations: number[];
  /** Number of complete units (listwise deletion across drivers and outcome). */
  n: number;
  /** Present when there were too few units: every number is then NaN. */
  refused?: { reason: 'too-few-units'; needed: number; n: number };
  /** Present when the weights are undefined for the data given: every number is then NaN. */
  reason?: RelativeWeightsReason;
}

/** Relative tolerance under which an eigenvalue of the driver correlation matrix counts as zero. */
const COLLINEARITY_TOLERANCE = 1e-10;

/**
 * Eigen-decomposition of a symmetric matrix by the cyclic Jacobi method with Rutishauser's
 * stable rotation formulas (Golub & Van Loan, "Matrix Computations", §8.5; Numerical Recipes
 * §11.1). Small driver matrices (tens of rows) converge in a handful of sweeps to full
 * accuracy, including the small eigenvalues that matter for Λ^−½.
 *
 * @param matrix row-major p × p symmetric matrix (not modified)
 * @returns eigenvalues and eigenvectors (column j of the row-major `vectors` pairs with `values[j]`)
 */
export function symmetricEigen(matrix: Float64Array, p: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  const at = (i: number, j: number): number => a[i * p + j] as number;

  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let i = 0; i < p; i++) {
      diagonal += at(i, i) ** 2;
      for (let j = i + 1; j < p; j++) off += at(i, j) ** 2;
    }
    if (off <= 1e-34 * diagonal || off === 0) break;
    for (let k = 0; k < p; k++) {
      for (let l = k + 1; l < p; l++) {
        const akl = at(k, l);
        if (akl === 0) continue;
        // Rotation angle from θ = (a_ll − a_kk)/(2 a_kl); t = tan φ chosen as the smaller root.
        const theta = (at(l, l) - at(k, k)) / (2 * akl);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        const tau = s / (1 + c);
        a[k * p + k] = at(k, k) - t * akl;
        a[l * p + l] = at(l, l) + t * akl;
        a[k * p + l] = 0;
        a[l * p + k] = 0;
        for (let i = 0; i < p; i++) {
          if (i !== k && i !== l) {
            const aik = at(i, k);
            const ail = at(i, l);
            const newK = aik - s * (ail + tau * aik);
            const newL = ail + s * (aik - tau * ail);
            a[i * p + k] = newK;
            a[k * p + i] = newK;
            a[i * p + l] = newL;
            a[l * p + i] = newL;
          }
          const vik = v[i * p + k] as number;
          const vil = v[i * p + l] as number;
          v[i * p + k] = vik - s * (vil + tau * vik);
          v[i * p + l] = vil + s * (vik - tau * vil);
        }
      }
    }
  }
  const values = new Float64Array(p);
  for (let i = 0; i < p; i++) values[i] = at(i, i);
  return { values, vectors: v };
}

/**
 * Johnson's (2000) relative weights: the share of the model R² attributable to each driver,
 * which, unlike standardized betas, stays meaningful when drivers are correlated.
 *
 * Steps (Johnson 2000, eqs. 1–6): with R_xx = V Λ Vᵀ the driver correlation matrix and
 * r_xy the driver–outcome correlations,
 * Λ_xz = V Λ^½ Vᵀ (correlations of the drivers with their closest orthonormal counterparts Z),
 * β = V Λ^−½ Vᵀ r_xy (outcome regressed on Z), raw_j = Σ_k (Λ_xz)²_jk β_k², R² = Σ β_k².
 *
 * Rows with any missing value are dropped (listwise). Fewer than `minN` complete units
 * returns `refused` with NaN numbers rather than unstable weights; constant or collinear
 * drivers return NaN with a `reason`.
 *
 * @throws RangeError when the columns differ in length.
 */
export function relativeWeights(drivers: readonly NumericColumn[], outcome: NumericColumn, options: RelativeWeightsOptions = {}): RelativeWeightsResult {
  const p = drivers.length;
  drivers.forEach((column, j) => {
    if (column.length !== outcome.length) {
      throw new RangeError(`drivers[${j}] has ${column.length} values but outcome has ${outcome.length}; columns must have the same length.`);
    }
  });
  const columns = [...drivers, outcome];
  const length = outcome.length;
  const complete = new Uint8Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    if (columns.every((column) => Number.isFinite(column[i]))) {
      complete[i] = 1;
      n++;
    }
  }

  const nanResult = (): RelativeWeightsResult => {
    const nan = (): number[] => Array.from({ length: p }, () => Number.NaN);
    return { rSquared: Number.NaN, raw: nan(), rescaled: nan(), correlations: nan(), n };
  };
  const needed = options.minN ?? Math.max(30, 10 * p);
  if (n < needed) return { ...nanResult(), refused: { reason: 'too-few-units', needed, n } };
  if (p === 0) return { ...nanResult(), reason: 'no-drivers' };

  // Centred complete columns, then the (p + 1) × (p + 1) cross-product matrix.
  const m = p + 1;
  const centred = columns.map((column) => {
    const out = new Float64Array(n);
    let sum = 0;
    for (let i = 0, k = 0; i < length; i++) {
      if (complete[i]) {
        out[k] = column[i] as number;
        sum += out[k++] as number;
      }
    }
    const mean = sum / n;
    let residual = 0;
    for (let k = 0; k < n; k++) residual += out[k] = (out[k] as number) - mean;
    // Corrected two-pass centring (Chan, Golub & LeVeque 1983): remove the error of the first mean.
    residual /= n;
    for (let k = 0; k < n; k++) out[k] = (out[k] as number) - residual;
    return out;
  });
  const cross = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    const cj = centred[j] as Float64Array;
    for (let l = j; l < m; l++) {
      const cl = centred[l] as Float64Array;
      let sum = 0;
      for (let k = 0; k < n; k++) sum += (cj[k] as number) * (cl[k] as number);
      cross[j * m + l] = sum;
      cross[l * m + j] = sum;
    }
  }
  for (let j = 0; j < m; j++) if (!((cross[j * m + j] as number) > 0)) return { ...nanResult(), reason: 'constant-input' };
  const correlation = (j: number, l: number): number =>
    (cross[j * m + l] as number) / Math.sqrt((cross[j * m + j] as number) * (cross[l * m + l] as number));

  const rxx = new Float64Array(p * p);
  const rxy = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    rxy[j] = correlation(j, p);
    for (let l = 0; l < p; l++) rxx[j * p + l] = j === l ? 1 : correlation(j, l);
  }

  const { values, vectors } = symmetricEigen(rxx, p);
  const largest = Math.max(...values);
  if (!values.every((value) => value > COLLINEARITY_TOLERANCE * largest)) return { ...nanResult(), reason: 'collinear-drivers' };

  // Λ_xz = V Λ^½ Vᵀ and Λ_xz⁻¹ = V Λ^−½ Vᵀ.
  const lambdaXZ = new Float64Array(p * p);
  const lambdaXZInverse = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let l = 0; l < p; l++) {
      let half = 0;
      let inverseHalf = 0;
      for (let k = 0; k < p; k++) {
        const product = (vectors[j * p + k] as number) * (vectors[l * p + k] as number);
        const root = Math.sqrt(values[k] as number);
        half += product * root;
        inverseHalf += product / root;
      }
      lambdaXZ[j * p + l] = half;
      lambdaXZInverse[j * p + l] = inverseHalf;
    }
  }
  const beta = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    let sum = 0;
    for (let j = 0; j < p; j++) sum += (lambdaXZInverse[k * p + j] as number) * (rxy[j] as number);
    beta[k] = sum;
  }
  let rSquared = 0;
  for (let k = 0; k < p; k++) rSquared += (beta[k] as number) ** 2;
  const raw: number[] = [];
  for (let j = 0; j < p; j++) {
    let sum = 0;
    for (let k = 0; k < p; k++) sum += (lambdaXZ[j * p + k] as number) ** 2 * (beta[k] as number) ** 2;
    raw.push(sum);
  }
  return {
    rSquared,
    raw,
    rescaled: raw.map((weight) => (100 * weight) / rSquared),
    correlations: Array.from(rxy),
    n,
  };
}
