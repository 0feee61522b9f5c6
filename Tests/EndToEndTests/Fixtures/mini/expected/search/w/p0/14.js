plansiteSearchLoaded("w/p0/14",{
"14":[0,18]
});
