plansiteSearchLoaded("w/p0/i",{
"i":[0,-13]
});
