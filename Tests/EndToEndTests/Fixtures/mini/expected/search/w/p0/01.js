plansiteSearchLoaded("w/p0/01",{
"01":[0,17,0,23]
});
