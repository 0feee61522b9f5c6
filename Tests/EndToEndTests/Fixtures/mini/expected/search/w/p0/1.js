plansiteSearchLoaded("w/p0/1",{
"1":[0,-1,0,-14]
});
