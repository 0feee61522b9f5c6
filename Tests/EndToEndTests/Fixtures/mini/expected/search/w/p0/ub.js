plansiteSearchLoaded("w/p0/ub",{
"ubnd":[0,17]
});
