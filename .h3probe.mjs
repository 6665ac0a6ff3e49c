import { interpolatePuOr, interpolateRdBu, rgb, scaleDiverging } from 'd3';
function lum(c){const {r,g,b}=rgb(c);const f=(x)=>{x/=255;return x<=0.04045?x/12.92:((x+0.055)/1.055)**2.4};return 0.2126*f(r)+0.7152*f(g)+0.0722*f(b);}
const con=(a,b)=>(Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
for (const [p,ip] of [['rdbu',interpolateRdBu],['puor',interpolatePuOr]]) { const s=scaleDiverging(ip).domain([-1,0,1]).clamp(true);
 let worst=99; for (let i=-100;i<=100;i++){const v=i/100;const bg=rgb(s(v)).formatHex();const l=lum(bg);const text=con(l,0)>=con(l,1)?'#000':'#fff';const k=con(l,text==='#000'?0:1); if(k<worst)worst=k; if (k<4.6) console.log(p,v,bg,text,k.toFixed(2), 'alt', con(l, text==='#000'?1:0).toFixed(2));}
 console.log(p,'worst',worst.toFixed(3));}
const l=lum('#c84541'); console.log('c84541 black',con(l,0).toFixed(2),'white',con(l,1).toFixed(2));
