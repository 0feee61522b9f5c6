plansiteSearchLoaded("w/u0/ke",{
"ket":[0,-2,0,-3,1,-3]
});
