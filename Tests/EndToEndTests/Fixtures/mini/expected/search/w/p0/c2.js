plansiteSearchLoaded("w/p0/c2",{
"c2":[0,-6]
});
