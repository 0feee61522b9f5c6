plansiteSearchLoaded("w/p0/ii",{
"iii":[0,-15]
});
