plansiteSearchLoaded("w/p0/2",{
"2":[0,-3]
});
