plansiteSearchLoaded("w/p0/bo",{
"bo":[0,12]
});
