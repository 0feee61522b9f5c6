plansiteSearchLoaded("w/p0/4",{
"4":[0,-8]
});
