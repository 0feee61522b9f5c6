plansiteSearchLoaded("w/p0/ga",{
"gach":[0,12]
});
