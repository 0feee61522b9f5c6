plansiteSearchLoaded("w/p0/y1",{
"y1":[0,-10]
});
