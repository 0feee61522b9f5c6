plansiteSearchLoaded("w/p0/09",{
"09":[0,24]
});
