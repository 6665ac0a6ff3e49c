import json, subprocess, pickle, math, sys
cases = pickle.load(open('truth.pkl','rb'))
json.dump([[c[0],c[1]] for c in cases], open('cases.json','w'))
res = json.loads(subprocess.check_output(['node','harness.js','cases.json']))
worst = {}
for (fn,args,truth),v in zip(cases,res):
    v = float(v)
    if truth==0 and v==0: err=0
    elif math.isnan(v) and math.isnan(truth): err=0
    elif math.isnan(v): err=float('inf')
    else: err = abs(v-truth)/abs(truth) if truth!=0 else abs(v)
    if err>float(sys.argv[1] if len(sys.argv)>1 else 1e-13): print(f'{fn}{args}: got {v!r} want {truth!r} rel {err:.2e}')
    if err>=worst.get(fn,(0,))[0]: worst[fn]=(err,args)
for k,v in worst.items(): print(k, '%.2e'%v[0], v[1])
