import { rgb } from 'd3';
function lum(c){const {r,g,b}=rgb(c);const f=(x)=>{x/=255;return x<=0.04045?x/12.92:((x+0.055)/1.055)**2.4};return 0.2126*f(r)+0.7152*f(g)+0.0722*f(b);}
const con=(a,b)=>(Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);
for (const c of ['#d56050','#c84541']) {const l=lum(c); console.log(c,'black',con(l,0).toFixed(2),'white',con(l,1).toFixed(2));}
