plansiteSearchLoaded("w/u0/cu",{
"cua":[0,1]
});
