plansiteSearchLoaded("w/p0/vu",{
"vu":[0,-15]
});
