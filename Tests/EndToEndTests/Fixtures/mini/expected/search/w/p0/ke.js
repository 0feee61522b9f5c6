plansiteSearchLoaded("w/p0/ke",{
"ke":[0,-20,0,-21],
"ket":[0,14]
});
