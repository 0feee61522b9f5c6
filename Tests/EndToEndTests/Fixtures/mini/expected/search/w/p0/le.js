plansiteSearchLoaded("w/p0/le",{
"le":[0,-1,0,-2,0,-18]
});
