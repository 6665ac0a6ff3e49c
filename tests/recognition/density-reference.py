"""Reference values for tests/recognition/density.test.ts: Pearson's r of recognition density
against eNPS and NPS over the unit x period pairs of the fixture, from scipy, and the
Benjamini-Hochberg adjusted p-values of the two shown together."""
import json
from scipy import stats
from scipy.stats import false_discovery_control

# (density, eNPS) pairs: Q1 A, B, C; Q2 A, B (Q2 C eNPS suppressed).
enps = [(3.0, 30), (0.5, 10), (0.0, -5), (1.0, 12), (2.0, 25)]
# (density, NPS): all six cells.
nps = [(3.0, 40), (0.5, 20), (0.0, 15), (1.0, 35), (2.0, 38), (2.0, 30)]

out = {}
for name, pairs in (("enps", enps), ("nps", nps)):
    x, y = zip(*pairs)
    r = stats.pearsonr(x, y)
    ci = r.confidence_interval(0.95)
    out[name] = {"r": r.statistic, "p": r.pvalue, "ci": [ci.low, ci.high], "n": len(pairs)}
adjusted = false_discovery_control([out["enps"]["p"], out["nps"]["p"]], method="bh")
out["enps"]["pAdjusted"], out["nps"]["pAdjusted"] = float(adjusted[0]), float(adjusted[1])
print(json.dumps(out, indent=2))
