plansiteSearchLoaded("w/p0/ta",{
"tay":[0,15]
});
