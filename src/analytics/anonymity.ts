/**
 * Anonymity of employee aggregates (DESIGN §4, research/perf-reliability-anchors.md §3.4):
 * primary suppression of small groups, then complementary suppression until no hidden small
 * group can be recovered by subtraction from what is shown.
 *
 * ## The published table
 *
 * Cells are unit × column, columns being the periods and the all-periods total. Two kinds of
 * unpublished ("virtual") cells complete the additive structure an attacker can exploit:
 * a unit's *own* rows (respondents attached to a parent directly, not through a child) and the
 * rows whose period cannot be bucketed (`⊥`). The table is additive in both directions:
 * a parent = its children + its own rows, in every column; a unit's total = its periods + `⊥`.
 *
 * ## The rule
 *
 * Each parent with its children and own rows, across all columns, is a two-way table with its
 * margins (the parent's row and the total column); roots hang under an unpublished super-root.
 * Written with signs so every row and column sums to zero, the cells of such a table are the
 * edges of a bipartite graph (rows × columns), and a set of hidden cells is consistent with the
 * shown ones exactly when its values differ by a combination of cycles of hidden edges.
 * So a hidden cell is **recoverable iff it is a bridge** of the graph of unknown cells
 * (Cox 1980, "Suppression methodology and statistical disclosure control", JASA 75;
 * the 4-cell cycle is the textbook "next-smallest sibling in both directions").
 *
 * Repeat until stable:
 * 1. *Exposure*: known cells are the shown ones and the zero ones (absent cells tell the attacker
 *    n = 0). In every parent's table, bridges of the graph of unknown cells are recoverable and
 *    become known; a cell shared by two tables (a child's row is the total row of its own table)
 *    carries its knowledge across, so this repeats over all tables until nothing changes.
 * 2. *Violations*: (a) a cell with 0 < n < k that is known; (b) a row or column of a table whose
 *    total is known while its unknown parts pool fewer than k respondents (0 < Σn < k): those
 *    parts could not be told apart, but together they are a group smaller than k.
 * 3. *Fixes*: for (a), hide the cheapest chain of shown cells that closes a cycle through the
 *    exposed cell (Dijkstra, cost = n, so the next-smallest siblings go first); for (b), hide the
 *    smallest shown part. Every fix hides at least one more cell, so this terminates; if no fix
 *    is possible in a table, everything shown in it is hidden, and as a last resort everything.
 *
 * **Invariant** (tested against an exact linear-algebra attacker on random hierarchies):
 * no cell with 0 < n < k is determined by the shown cells, and in every parent, the
 * hidden children's (and own rows') respondents pool to 0 or ≥ k in every column.
 *
 * **Not covered**: attackers who know more than this table (two independent filters F₁ ⊂ F₂
 * queried separately; `isSafeDifference` protects one filter against the unfiltered table);
 * interval (rather than exact) disclosure; and the coupling between tables sharing a row, which
 * is approximated by passing exposures across (the property test has found no leak).
 *
 * @module
 */

/** Why a slice carries no numbers. */
export type SuppressionReason = 'below-threshold' | 'complementary';

/** Status of a published cell after suppression. */
export const CELL_SHOWN = 0;
/** Hidden because 0 < n < k (primary suppression). */
export const CELL_BELOW_THRESHOLD = 1;
/** Hidden so that a hidden cell cannot be recovered by subtraction (secondary suppression). */
export const CELL_COMPLEMENTARY = 2;
/** Hidden before this pass (`alreadyHidden`), e.g. by the slice-level pass when suppressing one metric. */
export const CELL_INHERITED = 3;

/** A hierarchical unit × period table of counts to protect. */
export interface SuppressionInput {
  /** Index of each unit's parent, −1 for a root. Must be acyclic. */
  parent: ArrayLike<number>;
  /** Number of periods P. */
  periodCount: number;
  /**
   * Rows attached to each unit itself (not through its children):
   * `ownCounts[unit * (P + 1) + p]` for periods p < P, and p = P for rows with no assignable period.
   */
  ownCounts: ArrayLike<number>;
  /** Smallest group that may be shown (k). */
  minCount: number;
  /**
   * Published cells (`unit * (P + 1) + column`, column P = all periods) to protect whatever their
   * own n, e.g. filtered slices whose complement in the unfiltered table is smaller than k.
   */
  alsoSensitive?: ArrayLike<number>;
  /** Published cells hidden before this pass; they stay hidden and may serve as complements. */
  alreadyHidden?: ArrayLike<number>;
}

/** Suppression of a table: status and count of every published cell. */
export interface SuppressionResult {
  /** Per published cell `unit * (P + 1) + column` (column P = all periods): a `CELL_*` status. */
  status: Uint8Array;
  /** n of every published cell: the unit's subtree, in the period or over all (P). */
  counts: Float64Array;
  /** Rounds of exposure / fixing until stable. */
  rounds: number;
  /** Times a table (or everything) had to be hidden because no cheaper fix existed. */
  fallbacks: number;
}

/**
 * True when showing both a whole (n = `whole`) and a part of it (n = `part`) is safe: their
 * difference, the complement, is empty or has at least `minCount` members.
 */
export function isSafeDifference(whole: number, part: number, minCount: number): boolean {
  const complement = whole - part;
  return complement <= 0 || complement >= minCount;
}

/**
 * Counts of every unit's subtree from the counts of its own rows: `own[unit * (P + 1) + p]`
 * (p = P: rows with no assignable period) gives `unit * (P + 1) + column` (column P = all periods).
 */
export function rollUpCounts(parent: ArrayLike<number>, periodCount: number, own: ArrayLike<number>): Float64Array {
  const width = periodCount + 1;
  const { topDown } = layoutOf(parent, periodCount);
  const subtree = new Float64Array(parent.length * width);
  for (let i = 0; i < subtree.length; i++) subtree[i] = own[i] as number;
  for (let i = topDown.length - 1; i >= 0; i--) {
    const u = topDown[i]!;
    const p = parent[u] as number;
    if (p >= 0) for (let c = 0; c < width; c++) subtree[p * width + c]! += subtree[u * width + c]!;
  }
  const counts = new Float64Array(parent.length * width);
  for (let u = 0; u < parent.length; u++) {
    let total = 0;
    for (let c = 0; c < width; c++) {
      total += subtree[u * width + c]!;
      if (c < periodCount) counts[u * width + c] = subtree[u * width + c]!;
    }
    counts[u * width + periodCount] = total;
  }
  return counts;
}

/** Shapes of the tables (one per parent, plus the super-root) in compressed form. */
interface Layout {
  unitCount: number;
  columns: number; // P + 2: periods, ⊥ (= P), all (= P + 1)
  /** Row nodes of each table, its total node last: rows[rowStart[s] .. rowStart[s + 1]). */
  rowStart: Int32Array;
  rows: Int32Array;
  /** Table where a node is a (non-total) row; −1 for the super-root. */
  rowTable: Int32Array;
  /** Table where a node is the total row; −1 for leaves and own-row nodes. */
  totalTable: Int32Array;
}

/**
 * Nodes: units 0..U−1, their own-row nodes U..2U−1, the super-root 2U.
 * Returns the tables and the units in an order where every parent precedes its children.
 */
function layoutOf(parent: ArrayLike<number>, periodCount: number): { layout: Layout; topDown: Int32Array } {
  const unitCount = parent.length;
  const superRoot = 2 * unitCount;
  const childCount = new Int32Array(unitCount + 1); // last slot: roots (children of the super-root)
  for (let u = 0; u < unitCount; u++) {
    const p = parent[u] as number;
    childCount[p < 0 ? unitCount : p]! += 1;
  }
  const childStart = new Int32Array(unitCount + 2);
  for (let u = 0; u <= unitCount; u++) childStart[u + 1] = childStart[u]! + childCount[u]!;
  const children = new Int32Array(unitCount);
  const fill = childStart.slice(0, unitCount + 1);
  for (let u = 0; u < unitCount; u++) {
    const p = parent[u] as number;
    children[fill[p < 0 ? unitCount : p]!++] = u;
  }
  // Parents before children, breadth-first from the roots.
  const topDown = new Int32Array(unitCount);
  let head = 0;
  let tail = 0;
  for (let i = childStart[unitCount]!; i < childStart[unitCount + 1]!; i++) topDown[tail++] = children[i]!;
  while (head < tail) {
    const u = topDown[head++]!;
    for (let i = childStart[u]!; i < childStart[u + 1]!; i++) topDown[tail++] = children[i]!;
  }
  if (tail !== unitCount) throw new RangeError('The unit hierarchy has a cycle.');

  const tableNodes: number[] = [];
  for (let u = 0; u < unitCount; u++) if (childCount[u]! > 0) tableNodes.push(u);
  if (unitCount > 0) tableNodes.push(superRoot);
  const rowStart = new Int32Array(tableNodes.length + 1);
  const rows: number[] = [];
  const rowTable = new Int32Array(2 * unitCount + 1).fill(-1);
  const totalTable = new Int32Array(2 * unitCount + 1).fill(-1);
  tableNodes.forEach((node, s) => {
    const slot = node === superRoot ? unitCount : node;
    for (let i = childStart[slot]!; i < childStart[slot + 1]!; i++) {
      rows.push(children[i]!);
      rowTable[children[i]!] = s;
    }
    if (node !== superRoot) {
      rows.push(unitCount + node);
      rowTable[unitCount + node] = s;
    }
    rows.push(node);
    totalTable[node] = s;
    rowStart[s + 1] = rows.length;
  });
  return {
    layout: { unitCount, columns: periodCount + 2, rowStart, rows: Int32Array.from(rows), rowTable, totalTable },
    topDown,
  };
}

/** Reusable buffers for one table's graph: bridges, components and shortest paths. */
class TableScratch {
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeCell: Int32Array;
  readonly isBridge: Uint8Array;
  readonly degree: Int32Array;
  readonly offset: Int32Array;
  readonly adjacentEdge: Int32Array;
  readonly discovery: Int32Array;
  readonly low: Int32Array;
  readonly stackVertex: Int32Array;
  readonly stackEdge: Int32Array;
  readonly stackNext: Int32Array;
  readonly component: Int32Array;
  readonly ordinal: Int32Array;
  readonly distance: Float64Array;
  readonly previousEdgeCell: Int32Array;
  readonly previousVertex: Int32Array;
  readonly done: Uint8Array;
  heap: Int32Array;
  heapKey: Float64Array;
  heapSize = 0;

  constructor(maxVertices: number, maxEdges: number, columns: number) {
    this.edgeFrom = new Int32Array(maxEdges);
    this.edgeTo = new Int32Array(maxEdges);
    this.edgeCell = new Int32Array(maxEdges);
    this.isBridge = new Uint8Array(maxEdges);
    this.degree = new Int32Array(maxVertices);
    this.offset = new Int32Array(maxVertices + 1);
    this.adjacentEdge = new Int32Array(2 * maxEdges);
    this.discovery = new Int32Array(maxVertices);
    this.low = new Int32Array(maxVertices);
    this.stackVertex = new Int32Array(maxVertices);
    this.stackEdge = new Int32Array(maxVertices);
    this.stackNext = new Int32Array(maxVertices);
    this.component = new Int32Array(maxVertices);
    this.ordinal = new Int32Array(maxVertices);
    this.distance = new Float64Array(maxVertices);
    this.previousEdgeCell = new Int32Array(maxVertices);
    this.previousVertex = new Int32Array(maxVertices);
    this.done = new Uint8Array(maxVertices);
    this.heap = new Int32Array(2 * maxEdges * columns + maxVertices);
    this.heapKey = new Float64Array(this.heap.length);
  }

  /** Pushes a vertex on the lazy-deletion binary heap (stale entries are skipped when popped). */
  push(vertex: number, key: number): void {
    if (this.heapSize === this.heap.length) {
      const heap = new Int32Array(2 * this.heap.length);
      const heapKey = new Float64Array(2 * this.heap.length);
      heap.set(this.heap);
      heapKey.set(this.heapKey);
      this.heap = heap;
      this.heapKey = heapKey;
    }
    const { heap, heapKey } = this;
    let i = this.heapSize++;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (heapKey[up]! <= key) break;
      heap[i] = heap[up]!;
      heapKey[i] = heapKey[up]!;
      i = up;
    }
    heap[i] = vertex;
    heapKey[i] = key;
  }

  /** Pops the vertex with the smallest key. */
  pop(): number {
    const { heap, heapKey } = this;
    const top = heap[0]!;
    const size = --this.heapSize;
    const lastVertex = heap[size]!;
    const lastKey = heapKey[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heapKey[child + 1]! < heapKey[child]!) child++;
      if (heapKey[child]! >= lastKey) break;
      heap[i] = heap[child]!;
      heapKey[i] = heapKey[child]!;
      i = child;
    }
    heap[i] = lastVertex;
    heapKey[i] = lastKey;
    return top;
  }

  /**
   * Marks in `isBridge` the edges 0..edgeCount−1 that lie on no cycle
   * (Tarjan 1974, iterative DFS with low-links).
   */
  findBridges(vertexCount: number, edgeCount: number): void {
    const { edgeFrom, edgeTo, degree, offset, adjacentEdge, discovery, low, stackVertex, stackEdge, stackNext, isBridge } = this;
    degree.fill(0, 0, vertexCount);
    for (let e = 0; e < edgeCount; e++) {
      degree[edgeFrom[e]!]! += 1;
      degree[edgeTo[e]!]! += 1;
    }
    offset[0] = 0;
    for (let v = 0; v < vertexCount; v++) offset[v + 1] = offset[v]! + degree[v]!;
    for (let v = 0; v < vertexCount; v++) degree[v] = offset[v]!;
    for (let e = 0; e < edgeCount; e++) {
      adjacentEdge[degree[edgeFrom[e]!]!++] = e;
      adjacentEdge[degree[edgeTo[e]!]!++] = e;
    }
    discovery.fill(-1, 0, vertexCount);
    isBridge.fill(0, 0, edgeCount);
    let time = 0;
    for (let start = 0; start < vertexCount; start++) {
      if (discovery[start] !== -1 || offset[start] === offset[start + 1]) continue;
      let top = 0;
      stackVertex[0] = start;
      stackEdge[0] = -1;
      stackNext[0] = offset[start]!;
      discovery[start] = low[start] = time++;
      while (top >= 0) {
        const v = stackVertex[top]!;
        if (stackNext[top]! < offset[v + 1]!) {
          const e = adjacentEdge[stackNext[top]!++]!;
          if (e === stackEdge[top]) continue;
          const w = edgeFrom[e] === v ? edgeTo[e]! : edgeFrom[e]!;
          if (discovery[w] === -1) {
            discovery[w] = low[w] = time++;
            top++;
            stackVertex[top] = w;
            stackEdge[top] = e;
            stackNext[top] = offset[w]!;
          } else if (discovery[w]! < low[v]!) {
            low[v] = discovery[w]!;
          }
        } else {
          const e = stackEdge[top]!;
          top--;
          if (top >= 0) {
            const u = stackVertex[top]!;
            if (low[v]! < low[u]!) low[u] = low[v]!;
            if (low[v]! > discovery[u]!) isBridge[e] = 1;
          }
        }
      }
    }
  }

  /** Union-find root with path halving. */
  find(v: number): number {
    const { component } = this;
    while (component[v] !== v) {
      component[v] = component[component[v]!]!;
      v = component[v]!;
    }
    return v;
  }
}

/**
 * Suppresses small groups in a hierarchical unit × period table of counts, primary and
 * complementary, by the rule documented at the top of this module.
 */
export function suppressSmallGroups(input: SuppressionInput): SuppressionResult {
  const { parent, periodCount: P, ownCounts, minCount: k } = input;
  const { layout, topDown } = layoutOf(parent, P);
  const U = layout.unitCount;
  const C = layout.columns;
  const BOTTOM = P;
  const ALL = P + 1;
  const nodeCount = 2 * U + 1;
  const superRoot = 2 * U;
  const cellCount = nodeCount * C;

  // Counts of every cell: own rows, then subtrees bottom-up, then the super-root.
  const n = new Float64Array(cellCount);
  for (let u = 0; u < U; u++) {
    let total = 0;
    for (let p = 0; p <= P; p++) {
      const count = ownCounts[u * (P + 1) + p] as number;
      n[(U + u) * C + p] = count;
      total += count;
    }
    n[(U + u) * C + ALL] = total;
  }
  for (let i = U - 1; i >= 0; i--) {
    const u = topDown[i]!;
    for (let c = 0; c < C; c++) n[u * C + c]! += n[(U + u) * C + c]!;
    const p = parent[u] as number;
    const target = p < 0 ? superRoot : p;
    for (let c = 0; c < C; c++) n[target * C + c]! += n[u * C + c]!;
  }

  const publishedIndex = (node: number, c: number): number => (node < U && c !== BOTTOM ? node * (P + 1) + (c === ALL ? P : c) : -1);
  const status = new Uint8Array(U * (P + 1));
  const hidden = new Uint8Array(cellCount);
  // Cells that must stay unknown: small groups, and (added on the way) cells whose being unknown
  // another cell's protecting cycle relies on.
  const sensitive = new Uint8Array(cellCount);
  for (let node = 0; node < nodeCount; node++) {
    for (let c = 0; c < C; c++) {
      const cell = node * C + c;
      const count = n[cell]!;
      const index = publishedIndex(node, c);
      if (index < 0) {
        hidden[cell] = 1;
        // The super-root's cells are unpublished grand totals, not a group anyone chose.
        if (node !== superRoot && count > 0 && count < k) sensitive[cell] = 1;
        continue;
      }
      if (input.alreadyHidden?.[index]) {
        hidden[cell] = 1;
        status[index] = CELL_INHERITED;
      }
      if (count > 0 && count < k) {
        sensitive[cell] = 1;
        hidden[cell] = 1;
        if (status[index] === CELL_SHOWN) status[index] = CELL_BELOW_THRESHOLD;
      } else if (count > 0 && input.alsoSensitive?.[index]) {
        sensitive[cell] = 1;
        hidden[cell] = 1;
        if (status[index] === CELL_SHOWN) status[index] = CELL_COMPLEMENTARY;
      }
    }
  }

  const { rowStart, rows, rowTable, totalTable } = layout;
  const tableCount = rowStart.length - 1;
  let maxRows = 0;
  for (let s = 0; s < tableCount; s++) maxRows = Math.max(maxRows, rowStart[s + 1]! - rowStart[s]!);
  const scratch = new TableScratch(maxRows * C + C, maxRows * C, C);
  const exposed = new Uint8Array(cellCount);
  const exposedBy = new Int32Array(cellCount);
  // Partition messages (see computeExposure): block of each unknown cell of a unit's row as seen
  // from the table where it is a child row (`parentSide`) and from its own table (`ownSide`).
  const parentSide = new Int32Array(cellCount);
  const ownSide = new Int32Array(cellCount);
  const queued = new Uint8Array(tableCount);
  const queue = new Int32Array(tableCount);
  let queueHead = 0;
  let queueSize = 0;
  const enqueue = (t: number): void => {
    if (t < 0 || queued[t]) return;
    queued[t] = 1;
    queue[(queueHead + queueSize) % tableCount] = t;
    queueSize++;
  };
  let fallbacks = 0;
  let newlyHidden = 0;
  let newlyProtected = 0;

  const hide = (cell: number): void => {
    if (hidden[cell]) return;
    newlyHidden++;
    hidden[cell] = 1;
    // Unknown until the next exposure pass says otherwise, so later fixes in this round may use it.
    exposed[cell] = 0;
    exposedBy[cell] = -1;
    const node = Math.floor(cell / C);
    status[publishedIndex(node, cell - node * C)] = CELL_COMPLEMENTARY;
  };

  /** Block label of row i's cell in column c within table s, as told by the row's other table (0 if none). */
  const incomingLabel = (s: number, i: number, node: number, c: number): number => {
    const last = rowStart[s + 1]! - rowStart[s]! - 1;
    if (i === last) return node < U && rowTable[node]! >= 0 ? parentSide[node * C + c]! : 0;
    return node < U && totalTable[node]! >= 0 ? ownSide[node * C + c]! : 0;
  };

  /**
   * Step 1 for table s: bridges of its graph of unknown cells become known, then the partition
   * messages to the neighbouring tables are recomputed.
   *
   * A row shared with another table (a child that is itself a parent, or this table's total row)
   * is split into one vertex per block of the partition that the other table imposes: the other
   * table determines exactly the sums of the row's unknown cells over the blocks (the columns
   * that its graph, without this row, connects), and a split vertex encodes exactly those sums.
   * The tables form a tree, so passing these messages until nothing changes makes "bridge"
   * equivalent to "determined by all shown cells", as an exact linear-algebra attacker sees it.
   */
  const processTable = (s: number): void => {
    const first = rowStart[s]!;
    const rowCount = rowStart[s + 1]! - first;
    const columnBase = rowCount * C;
    const vertexCount = columnBase + C;
    const { edgeFrom, edgeTo, edgeCell, isBridge } = scratch;
    let edgeCount = 0;
    for (let i = 0; i < rowCount; i++) {
      const node = rows[first + i]!;
      for (let c = 0; c < C; c++) {
        const cell = node * C + c;
        if (exposed[cell]) continue;
        edgeFrom[edgeCount] = i * C + incomingLabel(s, i, node, c);
        edgeTo[edgeCount] = columnBase + c;
        edgeCell[edgeCount] = cell;
        edgeCount++;
      }
    }
    if (edgeCount > 0) scratch.findBridges(vertexCount, edgeCount);
    let kept = 0;
    for (let e = 0; e < edgeCount; e++) {
      const cell = edgeCell[e]!;
      if (isBridge[e]) {
        exposed[cell] = 1;
        exposedBy[cell] = s;
        const node = Math.floor(cell / C);
        enqueue(rowTable[node]!);
        enqueue(totalTable[node]!);
        continue;
      }
      edgeFrom[kept] = edgeFrom[e]!;
      edgeTo[kept] = edgeTo[e]!;
      edgeCell[kept] = cell;
      kept++;
    }
    // Messages: for each shared row, the components of this graph without that row.
    for (let i = 0; i < rowCount; i++) {
      const node = rows[first + i]!;
      if (node >= U) continue;
      const isTotal = i === rowCount - 1;
      const neighbour = isTotal ? rowTable[node]! : totalTable[node]!;
      if (neighbour < 0) continue;
      const { component, ordinal } = scratch;
      for (let v = 0; v < vertexCount; v++) component[v] = v;
      const rowLow = i * C;
      const rowHigh = rowLow + C;
      for (let e = 0; e < kept; e++) {
        const from = edgeFrom[e]!;
        if (from >= rowLow && from < rowHigh) continue;
        const a = scratch.find(from);
        const b = scratch.find(edgeTo[e]!);
        if (a !== b) component[a] = b;
      }
      ordinal.fill(-1, columnBase, vertexCount);
      const labels = isTotal ? ownSide : parentSide;
      let blocks = 0;
      let changed = false;
      for (let c = 0; c < C; c++) {
        const cell = node * C + c;
        let label = -1;
        if (!exposed[cell]) {
          const root = scratch.find(columnBase + c);
          if (ordinal[root]! < 0) ordinal[root] = blocks++;
          label = ordinal[root]!;
        }
        if (labels[cell] !== label) {
          labels[cell] = label;
          changed = true;
        }
      }
      if (changed) enqueue(neighbour);
    }
  };

  /** Step 1: which cells the attacker knows, given the hidden set. */
  const computeExposure = (): void => {
    for (let cell = 0; cell < cellCount; cell++) exposed[cell] = hidden[cell] === 0 || n[cell] === 0 ? 1 : 0;
    exposedBy.fill(-1);
    parentSide.fill(0);
    ownSide.fill(0);
    queueHead = 0;
    queueSize = 0;
    queued.fill(0);
    for (let s = 0; s < tableCount; s++) enqueue(s);
    while (queueSize > 0) {
      const s = queue[queueHead]!;
      queueHead = (queueHead + 1) % tableCount;
      queueSize--;
      queued[s] = 0;
      processTable(s);
    }
  };

  /** Makes a known cell part of a protecting cycle: hides it if shown, else protects it where it is recovered. */
  const enlist = (cell: number, s: number): void => {
    if (!hidden[cell]) hide(cell);
    else if (exposedBy[cell] !== s && !sensitive[cell]) {
      sensitive[cell] = 1;
      newlyProtected++;
    }
  };

  /**
   * Cheapest way to connect vertices in table s's split graph: Dijkstra where unknown cells
   * cost 0 and known non-empty cells cost their n (so the next-smallest siblings go first), then
   * enlists the known cells of the path. A cell made unknown may join any block of its row; if
   * it lands in another, the next round sees the connection is still missing and extends it.
   * `sources` are vertices at distance 0; the path ends at the first vertex with `isSink`;
   * `skipRow` (or −1) is a row whose vertices the path may not cross, `skipCell` a cell it may
   * not use. False when no path exists or the path changed nothing.
   */
  const connect = (s: number, sources: readonly number[], isSink: (v: number) => boolean, skipRow: number, skipCell: number): boolean => {
    const first = rowStart[s]!;
    const rowCount = rowStart[s + 1]! - first;
    const columnBase = rowCount * C;
    const vertexCount = columnBase + C;
    const { distance, previousEdgeCell, previousVertex, done } = scratch;
    distance.fill(Infinity, 0, vertexCount);
    done.fill(0, 0, vertexCount);
    // Blocks present in each row (a row without unknown cells has the single block 0).
    const blockCount = scratch.ordinal;
    for (let i = 0; i < rowCount; i++) {
      const node = rows[first + i]!;
      let count = 1;
      for (let c = 0; c < C; c++) if (!exposed[node * C + c]) count = Math.max(count, incomingLabel(s, i, node, c) + 1);
      blockCount[i] = count;
    }
    scratch.heapSize = 0;
    for (const v of sources) {
      distance[v] = 0;
      previousVertex[v] = -1;
      scratch.push(v, 0);
    }
    const relax = (from: number, to: number, cell: number, cost: number): void => {
      const candidate = distance[from]! + cost;
      if (candidate < distance[to]!) {
        distance[to] = candidate;
        previousEdgeCell[to] = cell;
        previousVertex[to] = from;
        scratch.push(to, candidate);
      }
    };
    let sink = -1;
    while (scratch.heapSize > 0) {
      const v = scratch.pop();
      if (done[v]) continue;
      done[v] = 1;
      if (isSink(v)) {
        sink = v;
        break;
      }
      if (v < columnBase) {
        const i = Math.floor(v / C);
        const block = v - i * C;
        const node = rows[first + i]!;
        for (let c = 0; c < C; c++) {
          const cell = node * C + c;
          if (cell === skipCell || n[cell] === 0) continue;
          if (!exposed[cell]) {
            if (incomingLabel(s, i, node, c) === block) relax(v, columnBase + c, cell, 0);
          } else relax(v, columnBase + c, cell, n[cell]! + 1e-3); // a small toll per cell prefers fewer cells
        }
      } else {
        const c = v - columnBase;
        for (let i = 0; i < rowCount; i++) {
          if (i === skipRow) continue;
          const node = rows[first + i]!;
          const cell = node * C + c;
          if (cell === skipCell || n[cell] === 0) continue;
          if (!exposed[cell]) relax(v, i * C + incomingLabel(s, i, node, c), cell, 0);
          else for (let b = 0; b < blockCount[i]!; b++) relax(v, i * C + b, cell, n[cell]! + 1e-3);
        }
      }
    }
    if (sink < 0) return false;
    const before = newlyHidden + newlyProtected;
    for (let v = sink; previousVertex[v] !== -1; v = previousVertex[v]!) {
      const cell = previousEdgeCell[v]!;
      if (exposed[cell]) enlist(cell, s);
    }
    return newlyHidden + newlyProtected > before;
  };

  /** Row of `node` in table s. */
  const rowIndex = (s: number, node: number): number => {
    for (let r = rowStart[s]!; r < rowStart[s + 1]!; r++) if (rows[r] === node) return r - rowStart[s]!;
    return -1;
  };

  /** Step 3(a): closes a cycle through `target` in table s (where it was found to be a bridge). */
  const protectByCycle = (s: number, target: number): boolean => {
    const node = Math.floor(target / C);
    const i = rowIndex(s, node);
    const columnBase = (rowStart[s + 1]! - rowStart[s]!) * C;
    const sources: number[] = [];
    for (let b = 0; b < C; b++) sources.push(i * C + b);
    const sink = columnBase + (target - node * C);
    return connect(s, sources, (v) => v === sink, -1, target);
  };

  /**
   * Step 3(b) when a row's other table t splits off a block of its unknown cells with a small
   * known sum: connects, in t without that row, the block's columns to the row's other columns,
   * which merges the blocks.
   */
  const mergeBlocks = (t: number, node: number, smallBlock: readonly number[]): boolean => {
    const i = rowIndex(t, node);
    const columnBase = (rowStart[t + 1]! - rowStart[t]!) * C;
    const inBlock = new Uint8Array(C);
    for (const c of smallBlock) inBlock[c] = 1;
    const sources = smallBlock.map((c) => columnBase + c);
    return connect(t, sources, (v) => v >= columnBase && !inBlock[v - columnBase], i, -1);
  };

  /** Fallback: hides every shown non-empty cell of table s. */
  const hideTable = (s: number): void => {
    fallbacks++;
    for (let r = rowStart[s]!; r < rowStart[s + 1]!; r++) {
      const base = rows[r]! * C;
      for (let c = 0; c < C; c++) if (n[base + c]! > 0) hide(base + c);
    }
  };

  /**
   * Step 3(b) for a group of unknown cells whose sum is known and below k: hides the smallest
   * shown part of its row or column (`smallest`), or else the total, or else protects the total
   * where it is recovered. False when none of these applies.
   */
  const resolvePool = (margin: number, smallest: number): boolean => {
    if (smallest >= 0) hide(smallest);
    else if (!hidden[margin]) hide(margin);
    // Pools are checked only in rounds where no protected cell was exposed, so a protected
    // margin here was enlisted by this very round, through the other table sharing the row.
    else if (exposed[margin] && !sensitive[margin]) {
      sensitive[margin] = 1;
      newlyProtected++;
    } else return exposed[margin] === 1;
    return true;
  };

  const blockSum = new Float64Array(C);
  /**
   * Step 2(b) in table s: in each row, the unknown cells of a block not holding the row's total
   * have a known sum (the whole row when the total is known); in each column whose total is
   * known, so do the unknown parts. Such a known sum must be 0 or at least k.
   */
  const protectPools = (s: number): number => {
    const first = rowStart[s]!;
    const totalRow = rowStart[s + 1]! - first - 1;
    let violations = 0;
    for (let i = 0; i <= totalRow; i++) {
      const node = rows[first + i]!;
      const base = node * C;
      const marginBlock = exposed[base + ALL] ? -1 : incomingLabel(s, i, node, ALL);
      blockSum.fill(0);
      let smallest = -1;
      for (let c = 0; c < ALL; c++) {
        const cell = base + c;
        if (!exposed[cell]) blockSum[incomingLabel(s, i, node, c)]! += n[cell]!;
        else if (!hidden[cell] && n[cell]! > 0 && (smallest < 0 || n[cell]! < n[smallest]!)) smallest = cell;
      }
      for (let b = 0; b < C; b++) {
        if (b === marginBlock || !(blockSum[b]! > 0 && blockSum[b]! < k)) continue;
        violations++;
        if (marginBlock >= 0 || !resolvePool(base + ALL, smallest)) {
          // The total is unknown, yet the row's other table tells this block's sum: merge the
          // block with the rest of the row there.
          const other = i === totalRow ? rowTable[node]! : totalTable[node]!;
          const block: number[] = [];
          for (let c = 0; c < C; c++) if (!exposed[base + c] && incomingLabel(s, i, node, c) === b) block.push(c);
          if (!mergeBlocks(other, node, block)) hideTable(other);
        }
        break;
      }
    }
    const totalBase = rows[first + totalRow]! * C;
    for (let c = 0; c < C; c++) {
      if (!exposed[totalBase + c]) continue;
      let pooled = 0;
      let smallest = -1;
      for (let i = 0; i < totalRow; i++) {
        const cell = rows[first + i]! * C + c;
        if (!exposed[cell]) pooled += n[cell]!;
        else if (!hidden[cell] && n[cell]! > 0 && (smallest < 0 || n[cell]! < n[smallest]!)) smallest = cell;
      }
      if (pooled > 0 && pooled < k) {
        violations++;
        if (!resolvePool(totalBase + c, smallest)) hideTable(s);
      }
    }
    return violations;
  };

  let rounds = 0;
  for (;;) {
    rounds++;
    computeExposure();
    newlyHidden = 0;
    newlyProtected = 0;
    let violations = 0;
    const unprotected: number[] = [];
    for (let cell = 0; cell < cellCount; cell++) {
      if (!sensitive[cell] || !exposed[cell] || n[cell] === 0) continue;
      violations++;
      if (!protectByCycle(exposedBy[cell]!, cell)) unprotected.push(cell);
    }
    // A cycle may be missing only because of exposures that this round's other fixes undo:
    // hide whole tables only when nothing else changed.
    if (newlyHidden + newlyProtected === 0) for (const cell of unprotected) hideTable(exposedBy[cell]!);
    // Pools are checked on fresh exposures only: fixes above may already have changed them.
    if (violations === 0) for (let s = 0; s < tableCount; s++) violations += protectPools(s);
    if (violations === 0) break;
    if (newlyHidden + newlyProtected === 0) {
      // No fix is left: hide everything shown (never reached in the property tests).
      fallbacks++;
      for (let node = 0; node < U; node++) for (let c = 0; c < C; c++) if (c !== BOTTOM && n[node * C + c]! > 0) hide(node * C + c);
      break;
    }
  }

  const counts = new Float64Array(U * (P + 1));
  for (let u = 0; u < U; u++) {
    for (let p = 0; p < P; p++) counts[u * (P + 1) + p] = n[u * C + p]!;
    counts[u * (P + 1) + P] = n[u * C + ALL]!;
  }
  return { status, counts, rounds, fallbacks };
}

/** The reason to report for a hidden cell status, or null when the cell is shown. */
export function suppressionReason(status: number): SuppressionReason | null {
  if (status === CELL_SHOWN) return null;
  return status === CELL_BELOW_THRESHOLD ? 'below-threshold' : 'complementary';
}
