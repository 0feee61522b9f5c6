plansiteSearchLoaded("w/p0/mo",{
"mot":[0,13]
});
