plansiteSearchLoaded("w/p0/t1",{
"t1":[0,-12]
});
