plansiteSearchLoaded("w/p0/bo",{
"bo":[0,12,0,-23,0,-27]
});
