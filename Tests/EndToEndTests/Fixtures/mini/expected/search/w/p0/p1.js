plansiteSearchLoaded("w/p0/p1",{
"p1":[0,-2]
});
