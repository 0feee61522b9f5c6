plansiteSearchLoaded("w/p0/c1",{
"c1":[0,-4]
});
