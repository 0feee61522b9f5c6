plansiteSearchLoaded("w/p0/gi",{
"giam":[0,15]
});
