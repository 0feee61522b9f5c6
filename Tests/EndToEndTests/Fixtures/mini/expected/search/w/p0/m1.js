plansiteSearchLoaded("w/p0/m1",{
"m1":[0,-7]
});
