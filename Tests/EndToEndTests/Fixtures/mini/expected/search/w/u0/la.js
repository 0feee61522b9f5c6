plansiteSearchLoaded("w/u0/la",{
"lai":[1,4],
"lap":[1,-1,1,-2,1,-3,1,-4,1,-5,1,-6]
});
