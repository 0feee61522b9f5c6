plansiteSearchLoaded("w/p0/f1",{
"f1":[0,-9]
});
