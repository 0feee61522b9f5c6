plansiteSearchLoaded("w/p0/ub",{
"ubnd":[0,17,0,-23,0,-27]
});
