plansiteSearchLoaded("w/p0/cu",{
"cua":[0,13,0,14,0,-22,0,-26]
});
