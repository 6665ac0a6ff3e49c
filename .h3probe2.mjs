import { interpolatePuOr, interpolateRdBu, rgb, scaleDiverging } from 'd3';
const s=scaleDiverging(interpolateRdBu).domain([-1,0,1]).clamp(true);
for (const v of [-0.6,-0.61,-0.59,-0.65,-0.55]) console.log(v, rgb(s(v)).formatHex());
for (let i=0;i<=1000;i++){ const h=rgb(interpolateRdBu(i/1000)).formatHex(); if (h==='#c84541') console.log('t',i/1000);}
