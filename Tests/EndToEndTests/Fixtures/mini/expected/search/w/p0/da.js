plansiteSearchLoaded("w/p0/da",{
"dao":[0,-10],
"dat":[0,-4]
});
