plansiteSearchLoaded("w/p0/29",{
"29":[0,24]
});
