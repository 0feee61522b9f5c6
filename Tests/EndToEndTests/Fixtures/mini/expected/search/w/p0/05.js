plansiteSearchLoaded("w/p0/05",{
"05":[0,14,0,21,0,22]
});
