plansiteSearchLoaded("w/p0/11",{
"11":[0,25,0,26]
});
