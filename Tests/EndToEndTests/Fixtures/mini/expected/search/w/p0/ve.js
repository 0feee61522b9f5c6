plansiteSearchLoaded("w/p0/ve",{
"ve":[0,-23,0,-27]
});
