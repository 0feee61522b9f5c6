plansiteSearchLoaded("w/p0/5",{
"5":[0,-11]
});
